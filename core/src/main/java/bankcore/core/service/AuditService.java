package bankcore.core.service;

import bankcore.core.domain.AuditEntry;
import bankcore.core.domain.Page;
import bankcore.core.port.in.ReadAudit;
import bankcore.core.port.out.AuditReader;

import java.util.Optional;

/** Pages of the audit log whose cursor is a sequence, so a page stays stable while the log grows. */
public final class AuditService implements ReadAudit {
    private final AuditReader audit;

    public AuditService(AuditReader audit) {
        this.audit = audit;
    }

    @Override
    public Page<AuditEntry> auditLog(Optional<String> cursor, int limit) {
        long before = Page.decodeCursor(cursor, Long.MAX_VALUE);
        return QueryService.page(audit.auditLog(before, Page.requireLimit(limit) + 1), limit, AuditEntry::sequence);
    }
}
