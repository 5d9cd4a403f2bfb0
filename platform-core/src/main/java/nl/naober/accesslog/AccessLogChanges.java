package nl.naober.accesslog;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Logs every change of a {@link PersonalData} entity when Hibernate writes it: the line is inserted on the same
 * connection right after the row, so it commits or rolls back with the change itself, whoever made it (a screen, the
 * API, a job). Only property names are logged, never values.
 */
@Component
class AccessLogChanges
        implements PostInsertEventListener,
                PostUpdateEventListener,
                PostDeleteEventListener,
                PostCollectionRecreateEventListener,
                PostCollectionUpdateEventListener,
                PostCollectionRemoveEventListener,
                SmartInitializingSingleton {

    private final EntityManagerFactory tenantUnit;
    private final AccessLogWriter writer;

    AccessLogChanges(@Qualifier("entityManagerFactory") EntityManagerFactory tenantUnit, AccessLogWriter writer) {
        this.tenantUnit = tenantUnit;
        this.writer = writer;
    }

    @Override
    public void afterSingletonsInstantiated() {
        EventListenerRegistry registry = tenantUnit
                .unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
        registry.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
        registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
        registry.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof PersonalData record) {
            List<String> fields = new ArrayList<>();
            String[] names = event.getPersister().getPropertyNames();
            Object[] state = event.getState();
            for (int i = 0; i < names.length; i++) {
                if (state[i] != null && i != event.getPersister().getVersionPropertyIndex()) {
                    fields.add(names[i]);
                }
            }
            write(event.getSession(), new AccessEntry(AccessAction.CREATE, record.accessRecord(), fields, null));
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (event.getEntity() instanceof PersonalData record) {
            List<String> fields = new ArrayList<>();
            String[] names = event.getPersister().getPropertyNames();
            int[] dirty = event.getDirtyProperties();
            if (dirty != null) {
                for (int index : dirty) {
                    if (index != event.getPersister().getVersionPropertyIndex()) {
                        fields.add(names[index]);
                    }
                }
            }
            if (!fields.isEmpty()) {
                write(event.getSession(), new AccessEntry(AccessAction.UPDATE, record.accessRecord(), fields, null));
            }
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity() instanceof PersonalData record) {
            write(event.getSession(), new AccessEntry(AccessAction.DELETE, record.accessRecord(), List.of(), null));
        }
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        if (!event.getCollection().empty()) { // a new owner's empty collection is part of its CREATE line
            collectionChanged(event);
        }
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        collectionChanged(event);
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        collectionChanged(event);
    }

    /** An element collection (a family's intakes) changed: an update of its owner, naming the collection. */
    private void collectionChanged(AbstractCollectionEvent event) {
        if (event.getAffectedOwnerOrNull() instanceof PersonalData owner) {
            String role = event.getCollectionPersister().getRole();
            String field = role.substring(role.lastIndexOf('.') + 1);
            write(event.getSession(), new AccessEntry(AccessAction.UPDATE, owner.accessRecord(), List.of(field), null));
        }
    }

    private void write(SharedSessionContractImplementor session, AccessEntry entry) {
        session.doWork(connection -> writer.write(connection, List.of(entry)));
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
