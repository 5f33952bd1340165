package id.go.bps.pst.walkin.web;

import java.util.EnumSet;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.platform.Message;
import id.go.bps.pst.staff.StaffRole;

/** Office authorization of the desk API: a member of one of the office's staff groups, or an administrator. */
@Component
class OfficeStaff {

    private static final String ADMIN_GROUP = "GROUP_camunda-admin";

    void require(Authentication user, String officeCode) {
        boolean allowed = user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> ADMIN_GROUP.equals(a) || EnumSet.allOf(StaffRole.class).stream()
                        .anyMatch(role -> a.equals("GROUP_" + role.groupId(officeCode))));
        if (!allowed) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "walkin.office.forbidden", Message.of(
                    "Hanya petugas kantor " + officeCode + " yang dapat melayani loket ini.",
                    "Only staff of office " + officeCode + " can serve this desk."));
        }
    }
}
