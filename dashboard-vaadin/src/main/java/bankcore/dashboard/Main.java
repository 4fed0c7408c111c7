package bankcore.dashboard;

import com.github.mvysny.vaadinboot.VaadinBoot;

/** Starts the dashboard on embedded Jetty. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        DashboardConfig config = DashboardConfig.fromEnvironment(System.getenv());
        new VaadinBoot().withPort(config.port()).run();
    }
}
