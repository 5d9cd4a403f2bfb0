/**
 * Encryption at rest of free text and health-related fields (DESIGN.md, Security): notes, wishes, a child's needs.
 * Values are encrypted in the application with AES-256-GCM before they reach the database and decrypted when read,
 * so a database dump, a backup or a {@code SELECT} by a DBA shows {@code enc:v1:<keyId>:<base64>} and never the text.
 *
 * <ul>
 *   <li>{@link nl.naober.crypto.EncryptedText} is the JPA converter on those attributes. Hibernate creates it
 *       through Spring's {@code SpringBeanContainer} (registered by Spring's {@code HibernateJpaVendorAdapter}), so
 *       it gets the {@link nl.naober.crypto.FieldCipher} bean through its constructor, not from a static.
 *   <li>{@link nl.naober.crypto.EncryptionKeys} are configured as {@code naober.encryption.keys}: the first
 *       encrypts, the others only decrypt, so a key can be rotated without a moment where old values are unreadable.
 *   <li>{@link nl.naober.crypto.ReEncryption} rewrites what is not under the current key (also text stored
 *       before encryption existed), one municipality at a time; {@link nl.naober.crypto.EncryptedColumns}
 *       lists what it covers.
 * </ul>
 *
 * <p>Nothing may search or aggregate these columns in SQL: the monitoring and the match suggestions read other
 * columns, and a search on note text would have to decrypt in Java.
 */
package nl.naober.crypto;
