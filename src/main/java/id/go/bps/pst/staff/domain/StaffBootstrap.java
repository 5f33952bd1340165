package id.go.bps.pst.staff.domain;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.go.bps.pst.office.OfficeView;
import id.go.bps.pst.office.Offices;
import id.go.bps.pst.staff.StaffDirectory;
import id.go.bps.pst.staff.StaffRole;
import id.go.bps.pst.staff.StaffSettings;

/**
 * At every start, idempotently: a group per office and role with its grants, the administrator, and (demo data
 * only) one demo user per office and role. A second start changes nothing.
 */
@Component
@Order(10)
class StaffBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StaffBootstrap.class);

    private final IdentityService identity;
    private final Offices offices;
    private final StaffGrants grants;
    private final StaffSettings settings;
    private final boolean demo;

    StaffBootstrap(IdentityService identity, Offices offices, StaffGrants grants, StaffSettings settings,
                   @Value("${pst.demo.enabled:false}") boolean demo) {
        this.identity = identity;
        this.offices = offices;
        this.grants = grants;
        this.settings = settings;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<OfficeView> all = offices.all();
        for (OfficeView office : all) {
            for (StaffRole role : StaffRole.values()) {
                String groupId = role.groupId(office.code());
                ensureGroup(groupId, role.label() + " " + office.name(), "WORKFLOW");
                grants.forRole(role, groupId);
            }
        }
        ensureAdmin();
        if (demo) {
            all.forEach(this::ensureDemoStaff);
        }
        log.info("Staff groups ready for {} offices{}", all.size(), demo ? ", with demo users" : "");
    }

    private void ensureAdmin() {
        String adminGroup = StaffDirectory.ADMIN_GROUP;
        ensureGroup(adminGroup, "Administrator PST Sales", "SYSTEM");
        grants.forAdmin(adminGroup);
        if (identity.createUserQuery().userId(settings.adminId()).count() == 0) {
            String password = settings.adminPassword();
            if (password == null || password.isBlank()) {
                throw new IllegalStateException("No administrator account '" + settings.adminId()
                        + "' exists yet and no password is set: start once with PST_ADMIN_PASSWORD"
                        + " (and PST_ADMIN_USER if not 'admin') to create it.");
            }
            ensureUser(settings.adminId(), "Administrator", "PST", password);
        }
        ensureMembership(settings.adminId(), adminGroup);
    }

    private void ensureDemoStaff(OfficeView office) {
        for (StaffRole role : StaffRole.values()) {
            String userId = demoUserId(role, office.code());
            ensureUser(userId, role.label(), office.name(), settings.demoPassword());
            ensureMembership(userId, role.groupId(office.code()));
        }
    }

    static String demoUserId(StaffRole role, String officeCode) {
        return switch (role) {
            case OFFICER -> "petugas" + officeCode;
            case TREASURER -> "bendahara" + officeCode;
            case SUPERVISOR -> "koordinator" + officeCode;
        };
    }

    private void ensureGroup(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            var group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
    }

    private void ensureUser(String id, String firstName, String lastName, String password) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setPassword(password);
            identity.saveUser(user);
        }
    }

    private void ensureMembership(String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(userId, groupId);
        }
    }
}
