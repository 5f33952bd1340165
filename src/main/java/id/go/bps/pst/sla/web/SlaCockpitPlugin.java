package id.go.bps.pst.sla.web;

import java.util.Set;

import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The SLA dashboard in Cockpit (issue 5): a front-end plugin only, {@code plugin-webapp/pst-sla/app/plugin.js}
 * (the 7.14+ plugin API, plain JavaScript, no build step), reading {@code /api/sla/**} with the Cockpit session.
 * Found by Cockpit through {@code META-INF/services}.
 */
public class SlaCockpitPlugin extends AbstractCockpitPlugin {

    public static final String ID = "pst-sla";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(SlaCockpitPluginRootResource.class);
    }
}
