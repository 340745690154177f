package dev.contextpack.lifecycle;

import jakarta.persistence.PostLoad;

/**
 * The persistence unit's default entity listener, declared only in lifecycle/orm.xml
 * (META-INF/orm.xml of the fixture). Its pre-persist method is named in the XML and carries no
 * annotation; its post-load method carries only the annotation.
 */
public class DefaultListener {

    public void beforeAnyInsert(Object entity) {
        CallbackLog.record("DefaultListener.beforeAnyInsert");
    }

    @PostLoad
    public void afterAnyLoad(Object entity) {
        CallbackLog.record("DefaultListener.afterAnyLoad");
    }
}
