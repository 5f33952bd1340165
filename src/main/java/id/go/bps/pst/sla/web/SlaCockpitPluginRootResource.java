package id.go.bps.pst.sla.web;

import jakarta.ws.rs.Path;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** Serves the plugin's {@code app/plugin.js} at {@code /camunda/api/cockpit/plugin/pst-sla/static/app/plugin.js}. */
@Path("plugin/" + SlaCockpitPlugin.ID)
public class SlaCockpitPluginRootResource extends AbstractCockpitPluginRootResource {

    public SlaCockpitPluginRootResource() {
        super(SlaCockpitPlugin.ID);
    }
}
