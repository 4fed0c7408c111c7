package bankcore.dashboard.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Sends everyone who is not a signed-in admin to the login, before any view is built: a UI-wide
 * listener runs ahead of the route's constructors, so a visitor never makes a view read the ledger.
 * Registered in META-INF/services.
 */
public class AdminGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(AdminGuard::check));
    }

    private static void check(BeforeEnterEvent event) {
        if (!LoginView.class.equals(event.getNavigationTarget()) && AdminSession.admin().isEmpty()) {
            event.forwardTo(LoginView.class);
        }
    }
}
