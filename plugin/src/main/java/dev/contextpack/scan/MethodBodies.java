package dev.contextpack.scan;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What ClassGraph cannot tell: what method bodies do. Read with ASM from the class files (nothing
 * is loaded): the getters each method calls inside a loop (a backward jump, or a lambda body), and
 * the fields and getters equals/hashCode read.
 */
public final class MethodBodies {

    /** A getter called inside a loop: {@code caller} is Class.method(). */
    public record LoopCall(String caller, String owner, String getter) {
    }

    private static final Set<String> QUERY_FACTORIES = Set.of("createQuery", "createSelectionQuery", "createMutationQuery");

    private final List<LoopCall> loopCalls = new ArrayList<>();
    /** "pkg.Class#method" -> the properties it assigns: fields it writes and setters it calls. */
    private final Map<String, Set<String>> assignments = new TreeMap<>();
    private final Map<String, Set<String>> equalityReads = new TreeMap<>();
    /** Fields (by name) and getters (by method name) toString() of a class reads (Lombok's @ToString, @Data). */
    private final Map<String, Set<String>> toStringReads = new TreeMap<>();
    /** "pkg.Class#method" -> the string constants it passes to createQuery/createSelectionQuery/createMutationQuery. */
    private final Map<String, List<String>> queryLiterals = new TreeMap<>();
    /** "pkg.Interface#method" -> the methods that call it, "pkg.Class#method" (a lambda counts for its enclosing method). */
    private final Map<String, Set<String>> interfaceCalls = new TreeMap<>();

    public static MethodBodies read(Path classesDirectory) {
        MethodBodies bodies = new MethodBodies();
        try (Stream<Path> files = Files.walk(classesDirectory)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                try (InputStream in = Files.newInputStream(file)) {
                    new ClassReader(in).accept(bodies.visitor(), ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
                } catch (RuntimeException e) {
                    // a class ASM cannot read (newer than it knows) only loses these hints
                }
            }
        } catch (IOException e) {
            return bodies;
        }
        bodies.loopCalls.sort(java.util.Comparator.comparing(LoopCall::caller).thenComparing(LoopCall::owner).thenComparing(LoopCall::getter));
        return bodies;
    }

    public List<LoopCall> loopCalls() {
        return List.copyOf(loopCalls);
    }

    /** The properties a method assigns (fields written, setX() called), for callbacks. */
    public Set<String> assignments(String className, String method) {
        return assignments.getOrDefault(className + "#" + method, Set.of());
    }

    /** Fields (by name) and getters (by method name) read by equals and hashCode of a class. */
    public Set<String> equalityReads(String className) {
        return equalityReads.getOrDefault(className, Set.of());
    }

    /** Classes whose toString, equals or hashCode Lombok generated ({@code @lombok.Generated} on the method), as "pkg.Class#method". */
    private final Set<String> lombokGenerated = new TreeSet<>();

    /** Whether Lombok generated this method of the class (it marks what it generates with {@code @lombok.Generated}). */
    public boolean lombokGenerated(String className, String method) {
        return lombokGenerated.contains(className + "#" + method);
    }

    /** Fields (by name) and getters (by method name) read by toString of a class. */
    public Set<String> toStringReads(String className) {
        return toStringReads.getOrDefault(className, Set.of());
    }

    /**
     * The query strings a method hands to {@code EntityManager}/{@code Session} {@code createQuery}-like
     * methods as constants (a lambda's count for its enclosing method); a query built at run time is not among them.
     */
    public List<String> queryLiterals(String className, String method) {
        return queryLiterals.getOrDefault(className + "#" + method, List.of());
    }

    /**
     * The methods of the module that call {@code method} (with its JVM descriptor, so overloads are told
     * apart) of the interface {@code interfaceName}, as "pkg.Class#method".
     */
    public Set<String> callers(String interfaceName, String method, String descriptor) {
        return interfaceCalls.getOrDefault(interfaceName + "#" + method + descriptor, Set.of());
    }

    private ClassVisitor visitor() {
        return new ClassVisitor(Opcodes.ASM9) {
            private String className;
            /** Methods that iterate with streams or forEach: their lambdas run once per element. */
            private final Set<String> iterating = new TreeSet<>();
            /** Getter calls in lambdas, kept until the class tells whether the enclosing method iterates. */
            private final List<Object[]> pending = new ArrayList<>();

            @Override
            public void visitEnd() {
                for (Object[] p : pending) {
                    if (iterating.contains((String) p[0])) loopCalls.add((LoopCall) p[1]);
                }
            }

            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                className = name.replace('/', '.');
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                boolean equality = (name.equals("equals") && descriptor.equals("(Ljava/lang/Object;)Z"))
                        || (name.equals("hashCode") && descriptor.equals("()I"));
                boolean lambda = name.startsWith("lambda$");
                String method = lambda ? enclosing(name) : name;
                String caller = className.substring(className.lastIndexOf('.') + 1) + "." + method + "()";
                Set<String> assigned = assignments.computeIfAbsent(className + "#" + name, k -> new TreeSet<>());
                String callingMethod = className + "#" + method;
                boolean toString = name.equals("toString") && descriptor.equals("()Ljava/lang/String;");
                Set<String> reads = equality ? equalityReads.computeIfAbsent(className, k -> new TreeSet<>())
                        : toString ? toStringReads.computeIfAbsent(className, k -> new TreeSet<>()) : null;
                String methodKey = className + "#" + name;
                return new Body(caller, lambda, reads, assigned) {
                    @Override
                    public org.objectweb.asm.AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                        if ("Llombok/Generated;".equals(annotation)) lombokGenerated.add(methodKey);
                        return null;
                    }

                    @Override
                    void createsQuery(String text) {
                        queryLiterals.computeIfAbsent(callingMethod, k -> new ArrayList<>()).add(text);
                    }

                    @Override
                    void callsInterface(String owner, String called, String calledDescriptor) {
                        // a bridge method only forwards to the method it bridges: it is not a caller
                        if ((access & Opcodes.ACC_BRIDGE) != 0) return;
                        interfaceCalls.computeIfAbsent(owner + "#" + called + calledDescriptor, k -> new TreeSet<>()).add(callingMethod);
                    }

                    @Override
                    void found(LoopCall call) {
                        if (lambda) pending.add(new Object[] {method, call});
                        else loopCalls.add(call);
                    }

                    @Override
                    void iterates() {
                        iterating.add(name);
                    }
                };
            }
        };
    }

    /** lambda$place$0 was written in place(). */
    private static String enclosing(String lambdaName) {
        String[] parts = lambdaName.split("\\$");
        return parts.length > 1 ? parts[1] : lambdaName;
    }

    private abstract class Body extends MethodVisitor {
        private final String caller;
        private final boolean lambda;
        private final Set<String> equality;
        private final Set<String> assigned;
        private final Map<Label, Integer> labels = new HashMap<>();
        private final List<int[]> loops = new ArrayList<>();
        private final List<Object[]> calls = new ArrayList<>();
        private int index;

        Body(String caller, boolean lambda, Set<String> equality, Set<String> assigned) {
            super(Opcodes.ASM9);
            this.caller = caller;
            this.lambda = lambda;
            this.equality = equality;
            this.assigned = assigned;
        }

        @Override
        public void visitLabel(Label label) {
            labels.put(label, index);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            Integer target = labels.get(label);
            if (target != null) loops.add(new int[] {target, index}); // a backward jump closes a loop
            index++;
        }

        abstract void found(LoopCall call);

        abstract void iterates();

        abstract void callsInterface(String owner, String method, String descriptor);

        abstract void createsQuery(String text);

        /** The string constant pushed last, while nothing has consumed it yet (a query's text is pushed right before the call). */
        private String pendingString;

        @Override
        public void visitLdcInsn(Object value) {
            if (value instanceof String text) pendingString = text;
            index++;
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, org.objectweb.asm.Handle handle, Object... arguments) {
            pendingString = null; // a string built by concatenation is not a constant
            index++;
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            if (owner.startsWith("java/util/stream/") || name.equals("forEach")) iterates();
            if (opcode == Opcodes.INVOKEINTERFACE) callsInterface(owner.replace('/', '.'), name, descriptor);
            if (pendingString != null && QUERY_FACTORIES.contains(name) && descriptor.startsWith("(Ljava/lang/String;")
                    && (owner.startsWith("jakarta/persistence/") || owner.startsWith("org/hibernate/"))) {
                createsQuery(pendingString);
            }
            pendingString = null;
            if (name.startsWith("set") && name.length() > 3 && descriptor.endsWith(")V") && !owner.startsWith("java/")) {
                assigned.add(Character.toLowerCase(name.charAt(3)) + name.substring(4));
            }
            if (descriptor.startsWith("()") && (name.startsWith("get") || name.startsWith("is")) && name.length() > 3) {
                calls.add(new Object[] {owner.replace('/', '.'), name, index});
                if (equality != null) equality.add(name);
            }
            index++;
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            if (equality != null && opcode == Opcodes.GETFIELD) equality.add(name);
            if (opcode == Opcodes.PUTFIELD) assigned.add(name);
            index++;
        }

        @Override
        public void visitInsn(int opcode) {
            index++;
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            index++;
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            index++;
        }

        @Override
        public void visitEnd() {
            for (Object[] call : calls) {
                int at = (int) call[2];
                boolean inLoop = lambda || loops.stream().anyMatch(l -> l[0] <= at && at <= l[1]);
                if (inLoop) found(new LoopCall(caller, (String) call[0], (String) call[1]));
            }
        }
    }
}
