package bankcore.dashboard.ui;

import bankcore.core.domain.Customer;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

import java.util.Optional;

/** The administrator signed in to this browser session, if any. Customers never get here. */
final class AdminSession {

    private AdminSession() {
    }

    static void signIn(Customer admin) {
        if (!admin.isAdmin()) {
            throw new IllegalArgumentException(admin + " is not an administrator");
        }
        // A new session id on sign-in, so an id planted before it (session fixation) is worth nothing.
        VaadinService.reinitializeSession(VaadinService.getCurrentRequest());
        VaadinSession.getCurrent().setAttribute(Customer.class, admin);
    }

    static Optional<Customer> admin() {
        return Optional.ofNullable(VaadinSession.getCurrent().getAttribute(Customer.class));
    }

    static void signOut() {
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(Customer.class, null);
        session.getSession().invalidate();
    }
}
