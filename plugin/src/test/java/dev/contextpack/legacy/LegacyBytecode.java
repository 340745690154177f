package dev.contextpack.legacy;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.function.Consumer;

/** Class files as a Hibernate 5 application's compiler writes them, built with ASM: no javax jar is needed in the tests. */
final class LegacyBytecode {

    private LegacyBytecode() {
    }

    /**
     * {@code @javax.persistence.Entity class <name> { @javax.persistence.Id Long id; <field> }} with a constant
     * {@code "javax.persistence.fetchgraph"} (a hint name, as Spring Data JPA 2 holds it).
     *
     * @param field adds annotations to a field {@code flag} of type boolean
     */
    static byte[] javaxEntity(String internalName, Consumer<FieldVisitor> field) {
        ClassWriter w = new ClassWriter(0);
        w.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, internalName, null, "java/lang/Object", null);
        w.visitAnnotation("Ljavax/persistence/Entity;", true).visitEnd();
        FieldVisitor id = w.visitField(Opcodes.ACC_PRIVATE, "id", "Ljava/lang/Long;", null, null);
        id.visitAnnotation("Ljavax/persistence/Id;", true).visitEnd();
        id.visitEnd();
        FieldVisitor flag = w.visitField(Opcodes.ACC_PRIVATE, "flag", "Z", null, null);
        field.accept(flag);
        flag.visitEnd();
        FieldVisitor valid = w.visitField(Opcodes.ACC_PRIVATE, "name", "Ljava/lang/String;", null, null);
        valid.visitAnnotation("Ljavax/validation/constraints/NotNull;", true).visitEnd();
        valid.visitEnd();
        MethodVisitor init = w.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(1, 1);
        init.visitEnd();
        MethodVisitor hint = w.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "hint", "()Ljava/lang/String;", null, null);
        hint.visitCode();
        hint.visitLdcInsn("javax.persistence.fetchgraph");
        hint.visitInsn(Opcodes.ARETURN);
        hint.visitMaxs(1, 0);
        hint.visitEnd();
        w.visitEnd();
        return w.toByteArray();
    }

    /**
     * A javax class with the given class annotations ({@code MappedSuperclass}, {@code Entity}; {@code Inheritance}
     * gets strategy TABLE_PER_CLASS).
     */
    static byte[] javaxClass(String internalName, String superName, String... annotations) {
        ClassWriter w = new ClassWriter(0);
        w.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, internalName, null, superName, null);
        for (String annotation : annotations) {
            AnnotationVisitor a = w.visitAnnotation("Ljavax/persistence/" + annotation + ";", true);
            if (annotation.equals("Inheritance")) a.visitEnum("strategy", "Ljavax/persistence/InheritanceType;", "TABLE_PER_CLASS");
            a.visitEnd();
        }
        w.visitEnd();
        return w.toByteArray();
    }

    /** {@code @org.hibernate.annotations.Type(type = "yes_no")}, Hibernate 5's form. */
    static void hibernate5Type(FieldVisitor field) {
        hibernate5Type(field, "yes_no");
    }

    static void hibernate5Type(FieldVisitor field, String name) {
        AnnotationVisitor type = field.visitAnnotation("Lorg/hibernate/annotations/Type;", true);
        type.visit("type", name);
        type.visitEnd();
    }

    /** {@code @org.hibernate.annotations.Where(clause = "archived = false")}, gone from Hibernate 7. */
    static void where(FieldVisitor field) {
        AnnotationVisitor where = field.visitAnnotation("Lorg/hibernate/annotations/Where;", true);
        where.visit("clause", "archived = false");
        where.visitEnd();
    }

    /** {@code @org.hibernate.annotations.Formula("1")}: read by Hibernate 7 as written. */
    static void formula(FieldVisitor field) {
        AnnotationVisitor formula = field.visitAnnotation("Lorg/hibernate/annotations/Formula;", true);
        formula.visit("value", "1");
        formula.visitEnd();
    }
}
