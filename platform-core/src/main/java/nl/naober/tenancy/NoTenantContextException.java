package nl.naober.tenancy;

/** Thrown when tenant data is touched outside a tenant context: there is no default municipality to fall back to. */
public class NoTenantContextException extends IllegalStateException {

    NoTenantContextException() {
        super("No municipality in context: tenant data may only be used inside TenantContext.enter(...)");
    }
}
