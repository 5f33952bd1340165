package id.go.bps.pst.platform;

import java.util.ArrayList;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Models come only from the build. The engine deploys them at start-up without a user; any deployment made on
 * behalf of an authenticated user (engine REST, the webapps' own API, code running as a user) is refused, admins
 * included. This also keeps the DMN/FEEL expression notice of Camunda 7.24 out of reach (README, Security).
 */
@Component
class DeploymentLock extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new Interceptor(configuration));
    }

    static final class Interceptor extends CommandInterceptor {

        private final ProcessEngineConfigurationImpl configuration;

        Interceptor(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public <T> T execute(Command<T> command) {
            if (command instanceof DeployCmd) {
                IdentityService identity = configuration.getIdentityService();
                if (identity.getCurrentAuthentication() != null) {
                    String user = identity.getCurrentAuthentication().getUserId();
                    throw new AuthorizationException("Deployments at run time are disabled (user '" + user
                            + "'): models come only from the build.");
                }
            }
            return next.execute(command);
        }
    }
}
