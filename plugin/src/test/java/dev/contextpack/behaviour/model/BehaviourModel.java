package dev.contextpack.behaviour.model;

import java.util.List;

/** The entities that complete the zoo for the behaviour tests; registered only in their SessionFactory. */
public final class BehaviourModel {

    public static final List<Class<?>> MANAGED = List.of(Basket.class, Egg.class, Crate.class, Bottle.class, Note.class,
            Drawer.class, Sock.class);

    private BehaviourModel() {
    }
}
