package id.go.bps.pst.staff.domain;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

import id.go.bps.pst.staff.StaffRole;

/**
 * What each role may do in the webapps with Camunda authorization on. Officers and treasurers work in Tasklist;
 * supervisors also watch in Cockpit. Task access itself comes from the candidate group of each task.
 */
@Component
class StaffGrants {

    private final AuthorizationService authorizations;

    StaffGrants(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    void forRole(StaffRole role, String groupId) {
        grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(groupId, Resources.FILTER, ANY, Permissions.READ);
        grant(groupId, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        if (role == StaffRole.SUPERVISOR) {
            grant(groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(groupId, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_INSTANCE,
                    ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK);
            grant(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
            grant(groupId, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
            grant(groupId, Resources.DEPLOYMENT, ANY, Permissions.READ);
        }
    }

    void forAdmin(String groupId) {
        for (Resources resource : Resources.values()) {
            grant(groupId, resource, ANY, Permissions.ALL);
        }
    }

    /** Adds the permissions to the group's grant on the resource, creating it once. */
    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        var existing = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).authorizationType(AUTH_TYPE_GRANT).list();
        var authorization = existing.isEmpty()
                ? authorizations.createNewAuthorization(AUTH_TYPE_GRANT) : existing.get(0);
        boolean missing = existing.isEmpty();
        if (missing) {
            // The resource comes first: Camunda checks each permission against the resource type.
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                missing = true;
            }
        }
        if (missing) {
            authorizations.saveAuthorization(authorization);
        }
    }
}
