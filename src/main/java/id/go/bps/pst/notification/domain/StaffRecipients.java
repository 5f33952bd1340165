package id.go.bps.pst.notification.domain;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import id.go.bps.pst.staff.StaffDirectory;
import id.go.bps.pst.staff.StaffRole;

/** The addresses of an office's staff group, from Camunda's identity service (the staff module's groups). */
@Component
public class StaffRecipients {

    private final IdentityService identity;
    private final StaffDirectory directory;

    public StaffRecipients(IdentityService identity, StaffDirectory directory) {
        this.identity = identity;
        this.directory = directory;
    }

    /**
     * The distinct addresses of the group's members that have one. The lookup runs without the caller's Camunda
     * authentication: a notice to officers may be caused by a treasurer (or a customer's call), who may not read
     * other users, and the query would then quietly answer nobody.
     */
    public List<String> emails(StaffRole role, String officeCode) {
        String group = directory.candidateGroup(officeCode, role);
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return identity.createUserQuery().memberOfGroup(group).list().stream()
                    .map(User::getEmail)
                    .filter(email -> email != null && !email.isBlank())
                    .map(String::strip).distinct().sorted().toList();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
