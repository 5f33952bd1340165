package id.go.bps.pst.staff;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** The public face of the staff module: which Camunda group serves a role at an office. */
@Service
public class StaffDirectory {

    public static final String ADMIN_GROUP = "camunda-admin";

    public String candidateGroup(String officeCode, StaffRole role) {
        return role.groupId(officeCode);
    }

    /** The role and office a group id stands for, if it is a staff group. */
    public Optional<StaffGroup> parse(String groupId) {
        return Arrays.stream(StaffRole.values())
                .filter(role -> groupId.startsWith(role.groupId("")) && groupId.length() > role.groupId("").length())
                .findFirst()
                .map(role -> new StaffGroup(role, groupId.substring(role.groupId("").length())));
    }

    public record StaffGroup(StaffRole role, String officeCode) {
    }
}
