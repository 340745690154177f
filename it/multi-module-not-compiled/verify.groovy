// Nothing compiled: the aggregate names the modules with sources (not docs, which has none) and the
// command to run; bound in the parent, it refuses to run before the modules are built.
def log = new File(basedir, 'build.log').text
def builds = log.split(/\[INFO\] Reactor Build Order:/).drop(1)
assert builds.size() == 2

assert builds[0].contains('BUILD FAILURE')
assert builds[0].contains("context-pack: the aggregate reads the modules' compiled classes, and 2 module(s) with sources are not compiled:"
        + ' `domain` (domain/): no domain/target/classes; `app` (app/): no app/target/classes.'
        + " Compile them in the same build, from the build's top directory: `mvn process-classes context-pack:aggregate`.")
assert !builds[0].contains('`docs`') : 'docs has no sources: nothing to compile, nothing to say'

assert builds[1].contains('BUILD FAILURE')
assert builds[1] =~ /context-pack:[^:]+:aggregate \(bound-in-parent\) @ clinic-parent/
assert builds[1].contains('context-pack:aggregate is bound to a phase of clinic-parent, which Maven builds before domain, app, docs,'
        + ' so it would read classes of an earlier build. Remove its <execution> and run it after the modules, from the'
        + " build's top directory: `mvn process-classes context-pack:aggregate`.")
assert !builds[1].contains('@ domain ---') : 'the build stopped at the parent'

assert !new File(basedir, 'context-pack').exists()
assert !new File(basedir, 'AGENTS.md').exists()
return true
