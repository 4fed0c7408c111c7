package bankcore.dashboard;

import bankcore.dashboard.wiring.DashboardWiring;
import com.github.mvysny.vaadinboot.VaadinBoot;
import com.vaadin.flow.server.VaadinServletContext;
import org.eclipse.jetty.ee10.webapp.WebAppContext;

import java.io.IOException;
import java.util.logging.Logger;

/**
 * Starts the dashboard: {@code java -cp "dashboard-vaadin.jar:lib/*" bankcore.dashboard.DashboardMain},
 * configured by the environment (see {@link DashboardConfig}).
 */
public final class DashboardMain {

    private static final Logger LOG = Logger.getLogger(DashboardMain.class.getName());

    private DashboardMain() {
    }

    public static void main(String[] args) throws Exception {
        DashboardConfig config = DashboardConfig.fromEnvironment(System.getenv());
        // The first line of every instance's log says which instance it is, should two share a directory.
        LOG.info("bankcore dashboard on port " + config.port() + " over " + config.database()
                + " (pid " + ProcessHandle.current().pid() + ")");
        DashboardWiring wiring = DashboardWiring.start(config);
        // Ctrl-C or a SIGTERM ends the JVM without returning here: close the store on the way out.
        Runtime.getRuntime().addShutdownHook(new Thread(wiring::close, "close-ledger"));
        server(wiring.backend()).withPort(config.port()).run();
    }

    /** The web server, with the backend put into the Vaadin context as soon as Jetty has made it. */
    public static VaadinBoot server(DashboardBackend backend) {
        return new VaadinBoot() {
            @Override
            protected void onStarted(WebAppContext context) throws IOException {
                backend.installInto(new VaadinServletContext(context.getServletContext()));
                super.onStarted(context);
            }
        };
    }
}
