package dev.contextpack.scan;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The calls of Panache query operations ({@code Book.find("title", t)}, {@code repository.delete("status", s)}) in the
 * module's bytecode, with the query string and the number of positional parameters the call passes, both read by
 * ASM's data-flow analysis (which instruction produced each argument), so boxing or a nested call between the string
 * and the call does not hide it. Nothing is loaded. A query built at run time has no constant and is not listed.
 */
public final class PanacheCalls {

    /** The operations whose first parameter is a Panache query string. */
    static final Set<String> OPERATIONS = Set.of("find", "list", "stream", "count", "exists", "delete", "update");

    /**
     * @param owner the class the call names (the entity, or the repository class) as the code wrote it
     * @param caller {@code pkg.Class#method} (a lambda counts for its enclosing method)
     * @param query the constant query string; null when it is built at run time
     * @param positionalParameters how many values the call passes in its {@code Object...}; -1 when it passes a Map or
     *     Parameters (named parameters)
     */
    public record Call(String owner, String caller, String operation, String query, int positionalParameters) {
    }

    /** Any call of a method on one of the owners (persist, findById, a repository's own method, ...): {@code caller} as in {@link Call}. */
    public record Use(String owner, String method, String caller) {
    }

    private PanacheCalls() {
    }

    /** Every call on any of {@code owners}, whatever the method, sorted; for "who calls what" on repositories and entities. */
    public static List<Use> uses(Path classesDirectory, Set<String> owners) {
        List<Use> uses = new ArrayList<>();
        if (owners.isEmpty() || !Files.isDirectory(classesDirectory)) return uses;
        Set<String> internal = new java.util.HashSet<>();
        owners.forEach(o -> internal.add(o.replace('.', '/')));
        try (Stream<Path> files = Files.walk(classesDirectory)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class")).sorted()::iterator) {
                try (InputStream in = Files.newInputStream(file)) {
                    ClassNode node = new ClassNode();
                    new ClassReader(in).accept(node, ClassReader.SKIP_FRAMES | ClassReader.SKIP_DEBUG);
                    for (MethodNode method : node.methods) {
                        if ((method.access & Opcodes.ACC_BRIDGE) != 0 || (method.access & Opcodes.ACC_SYNTHETIC) != 0 && !method.name.startsWith("lambda$")) continue;
                        String caller = node.name.replace('/', '.') + "#" + enclosing(method.name);
                        for (AbstractInsnNode insn : method.instructions) {
                            if (insn instanceof MethodInsnNode call && internal.contains(call.owner) && !call.name.startsWith("<")) {
                                uses.add(new Use(call.owner.replace('/', '.'), call.name, caller));
                            }
                        }
                    }
                } catch (RuntimeException e) {
                    // a class ASM cannot read loses only these calls
                }
            }
        } catch (IOException e) {
            return uses;
        }
        return uses.stream().distinct().sorted(Comparator.comparing(Use::owner).thenComparing(Use::method).thenComparing(Use::caller)).toList();
    }

    private static String enclosing(String name) {
        return name.startsWith("lambda$") && name.split("\\$").length > 1 ? name.split("\\$")[1] : name;
    }

    /** The calls on any of {@code owners} (class names with dots), sorted by caller, then owner and query. */
    public static List<Call> read(Path classesDirectory, Set<String> owners) {
        List<Call> calls = new ArrayList<>();
        if (owners.isEmpty() || !Files.isDirectory(classesDirectory)) return calls;
        Set<String> internal = new java.util.HashSet<>();
        owners.forEach(o -> internal.add(o.replace('.', '/')));
        try (Stream<Path> files = Files.walk(classesDirectory)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class")).sorted()::iterator) {
                try (InputStream in = Files.newInputStream(file)) {
                    ClassNode node = new ClassNode();
                    new ClassReader(in).accept(node, ClassReader.SKIP_FRAMES);
                    for (MethodNode method : node.methods) calls.addAll(calls(node.name, method, internal));
                } catch (RuntimeException e) {
                    // a class ASM cannot read loses only these calls
                }
            }
        } catch (IOException e) {
            return calls;
        }
        calls.sort(Comparator.comparing(Call::caller).thenComparing(Call::owner).thenComparing(Call::operation)
                .thenComparing(c -> c.query() == null ? "" : c.query()));
        return calls;
    }

    private static List<Call> calls(String className, MethodNode method, Set<String> owners) {
        List<Call> found = new ArrayList<>();
        List<MethodInsnNode> candidates = new ArrayList<>();
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof MethodInsnNode call && owners.contains(call.owner) && OPERATIONS.contains(call.name)
                    && call.desc.startsWith("(Ljava/lang/String;")) {
                candidates.add(call);
            }
        }
        if (candidates.isEmpty()) return found;
        Frame<SourceValue>[] frames;
        try {
            frames = new Analyzer<>(new SourceInterpreter()).analyze(className, method);
        } catch (AnalyzerException e) {
            return found;
        }
        String caller = className.replace('/', '.') + "#" + enclosing(method.name);
        for (MethodInsnNode call : candidates) {
            Frame<SourceValue> frame = frames[method.instructions.indexOf(call)];
            if (frame == null) continue; // unreachable code
            Type[] arguments = Type.getArgumentTypes(call.desc);
            int first = frame.getStackSize() - arguments.length;
            String query = constant(frame.getStack(first));
            int positional = 0;
            for (int i = 1; i < arguments.length; i++) {
                String type = arguments[i].getDescriptor();
                if (type.equals("[Ljava/lang/Object;")) positional = arrayLength(frame.getStack(first + i), method, frames);
                else if (type.equals("Ljava/util/Map;") || type.equals("Lio/quarkus/panache/common/Parameters;")) positional = -1;
            }
            found.add(new Call(call.owner.replace('/', '.'), caller, call.name, query, positional));
        }
        return found;
    }

    /** The string an LDC pushed, when that is the only source of the value. */
    private static String constant(SourceValue value) {
        if (value.insns.size() != 1) return null;
        return value.insns.iterator().next() instanceof LdcInsnNode ldc && ldc.cst instanceof String text ? text : null;
    }

    /** The length of an {@code Object[]} created by the caller for varargs ({@code ICONST_n; ANEWARRAY}); 0 when unknown. */
    private static int arrayLength(SourceValue array, MethodNode method, Frame<SourceValue>[] frames) {
        SourceValue value = array;
        // the DUPs that fill the array copy the reference: follow them back to the ANEWARRAY
        while (value.insns.size() == 1 && value.insns.iterator().next().getOpcode() == Opcodes.DUP) {
            Frame<SourceValue> before = frames[method.instructions.indexOf(value.insns.iterator().next())];
            value = before.getStack(before.getStackSize() - 1);
        }
        if (value.insns.size() != 1 || !(value.insns.iterator().next() instanceof TypeInsnNode created)
                || created.getOpcode() != Opcodes.ANEWARRAY) return 0;
        Frame<SourceValue> frame = frames[method.instructions.indexOf(created)];
        SourceValue length = frame.getStack(frame.getStackSize() - 1);
        if (length.insns.size() != 1) return 0;
        AbstractInsnNode insn = length.insns.iterator().next();
        int opcode = insn.getOpcode();
        if (opcode >= Opcodes.ICONST_0 && opcode <= Opcodes.ICONST_5) return opcode - Opcodes.ICONST_0;
        if (insn instanceof IntInsnNode push && (opcode == Opcodes.BIPUSH || opcode == Opcodes.SIPUSH)) return push.operand;
        return 0;
    }
}
