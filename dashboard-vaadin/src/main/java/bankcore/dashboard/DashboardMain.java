package bankcore.dashboard;

import bankcore.dashboard.wiring.DashboardWiring;
import com.github.mvysny.vaadinboot.VaadinBoot;
import com.vaadin.flow.server.VaadinServletContext;
import org.eclipse.jetty.ee10.webapp.WebAppContext;

/**
 * Starts the dashboard: {@code java -cp "dashboard-vaadin.jar:lib/*" bankcore.dashboard.DashboardMain},
 * configured by the environment (see {@link DashboardConfig}).
 */
public final class DashboardMain {

    private DashboardMain() {
    }

    public static void main(String[] args) throws Exception {
        DashboardConfig config = DashboardConfig.fromEnvironment(System.getenv());
        try (DashboardWiring wiring = DashboardWiring.start(config)) {
            server(wiring.backend()).withPort(config.port()).run();
        }
    }

    /** The web server, with the backend put into the Vaadin context as soon as Jetty has made it. */
    public static VaadinBoot server(DashboardBackend backend) {
        return new VaadinBoot() {
            @Override
            protected void onStarted(WebAppContext context) throws java.io.IOException {
                backend.installInto(new VaadinServletContext(context.getServletContext()));
                super.onStarted(context);
            }
        };
    }
}
