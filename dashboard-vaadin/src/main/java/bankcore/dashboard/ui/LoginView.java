package bankcore.dashboard.ui;

import bankcore.core.domain.Customer;
import bankcore.core.domain.LedgerException;
import bankcore.core.domain.TooManyAttemptsException;
import bankcore.dashboard.DashboardBackend;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin.LoginEvent;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/**
 * Sign-in with the same credentials as the API, checked by the core's login use case. Only
 * administrators are let in: a customer's correct password is refused here.
 */
@Route("login")
@PageTitle("Sign in · bankcore dashboard")
@StyleSheet("context://bankcore/dashboard.css")
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(messages("Wrong e-mail or password", "Check them and try again."));
        form.addLoginListener(this::signIn);

        H1 title = new H1("bankcore");
        Paragraph subtitle = new Paragraph("Operations dashboard · administrators only");
        subtitle.addClassName("login-subtitle");
        add(title, subtitle, form);
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (AdminSession.admin().isPresent()) {
            event.forwardTo(OverviewView.class);
        }
    }

    private void signIn(LoginEvent event) {
        try {
            Customer customer = DashboardBackend.current().authenticate()
                    .login(event.getUsername(), event.getPassword().toCharArray());
            if (!customer.isAdmin()) {
                refuse("Administrators only", "This account is a customer's; the dashboard is for the bank's administrators.");
                return;
            }
            AdminSession.signIn(customer);
            getUI().ifPresent(ui -> ui.navigate(OverviewView.class));
        } catch (TooManyAttemptsException e) {
            refuse("Too many attempts", "Try again in " + Math.max(1, e.retryAfter().toSeconds()) + " seconds.");
        } catch (LedgerException e) {
            refuse("Wrong e-mail or password", "Check them and try again.");
        }
    }

    private void refuse(String title, String message) {
        form.setI18n(messages(title, message));
        form.setError(true);
        form.setEnabled(true);
    }

    private static LoginI18n messages(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("E-mail");
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }
}
