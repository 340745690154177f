// AGENTS.md had hand text before and after the orders section, which held an old summary; billing
// had none. After a parallel build each module has its own section, the hand text is byte for
// byte the same, CLAUDE.md (asked for by <claudeMd>) was created; the second build was skipped (nothing
// changed: neither the pack nor the module's section) and
// check at verify found all current.
def log = new File(basedir, 'build.log').text
def agents = new File(basedir, 'AGENTS.md').getText('UTF-8')
def claude = new File(basedir, 'CLAUDE.md').getText('UTF-8')

def begin = { m -> "<!-- context-pack:begin module=${m} -->".toString() }
def end = { m -> "<!-- context-pack:end module=${m} -->".toString() }

assert agents.startsWith('# Working on this repository\n\nRun the tests with `mvn verify` before you push.  \n\n' + begin('billing') + '\n')
// sections stay in module order, next to each other, whichever module ran first
def afterBilling = agents.substring(agents.indexOf(end('billing')) + end('billing').length())
assert afterBilling.startsWith('\n\n' + begin('orders') + '\n') : afterBilling
def afterOrders = agents.substring(agents.indexOf(end('orders')) + end('orders').length())
assert afterOrders == '\n\n## Conventions  \n\nNo Lombok in entities.\n' : afterOrders
assert !agents.contains('An old summary')

def section = { text, m -> text.substring(text.indexOf(begin(m)), text.indexOf(end(m))) }
def orders = section(agents, 'orders')
assert orders.contains('## Data layer of `orders`')
assert orders.contains('[PurchaseOrder](orders/context-pack/entities/PurchaseOrder.md) saves PurchaseLine and deletes PurchaseLine with it (cascades).')
assert orders.readLines().size() < 40
def billing = section(agents, 'billing')
assert billing.contains('Saved and deleted on their own (no cascade reaches them): Invoice.')
assert billing.contains('[`billing/context-pack/`](billing/context-pack/README.md)')
[['orders/context-pack/entities/PurchaseOrder.md'], ['billing/context-pack/README.md']].flatten().each {
    assert new File(basedir, it).isFile() : "${it} is linked but missing"
}

assert claude.startsWith(begin('billing'))
assert section(claude, 'orders') == orders && section(claude, 'billing') == billing

assert (log =~ /\[INFO\] context-pack: (orders|billing)\/context-pack is up to date\./).size() == 2 : 'check ran in both modules and passed'
assert log.contains('BUILD SUCCESS')
def sections = log.readLines().findAll { it.contains('context-pack: AGENTS.md: section of') }
assert sections.size() == 2 : "only the first build writes AGENTS.md: ${sections}"
assert (log =~ /context-pack: nothing changed since the last run/).size() == 2 : 'the second build did work in both modules'
return true
