package bankcore.dashboard.ui;

import bankcore.dashboard.DashboardBackend;
import bankcore.dashboard.SeededLedger;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest extends DashboardUiTest {

    @Test
    void sends_a_visitor_who_is_not_signed_in_to_the_login() {
        UI.getCurrent().navigate(FlowView.class);

        _get(LoginView.class);
    }

    @Test
    void builds_no_view_for_a_visitor_who_is_not_signed_in() {
        // Without a backend, building any dashboard view fails: the guard must stop the visitor first.
        VaadinService.getCurrent().getContext().removeAttribute(DashboardBackend.class);

        UI.getCurrent().navigate(WealthView.class);

        _get(LoginView.class);
    }

    @Test
    void lets_an_admin_in_with_the_api_credentials() {
        signInAsAdmin();

        _get(OverviewView.class);
        assertThat(_get(MainLayout.class).getElement().getTextRecursively()).contains(SeededLedger.ADMIN_EMAIL);
    }

    @Test
    void gives_the_admin_a_new_session_id_on_sign_in() {
        String before = VaadinSession.getCurrent().getSession().getId();

        signInAsAdmin();

        assertThat(VaadinSession.getCurrent().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void refuses_a_customer_with_a_correct_password() {
        signIn("ada@example.test", SeededLedger.CUSTOMER_PASSWORD);

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorShown(form)).contains("Administrators only");
        UI.getCurrent().navigate(OverviewView.class);
        _get(LoginView.class);
    }

    @Test
    void refuses_a_wrong_password() {
        signIn(SeededLedger.ADMIN_EMAIL, "not-the-password");

        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(errorShown(_get(LoginForm.class))).contains("Wrong e-mail or password");
    }

    @Test
    void signs_out() {
        signInAsAdmin();

        AdminSession.signOut();
        UI.getCurrent().navigate(OverviewView.class);

        _get(LoginView.class);
    }

    /** The error text the browser would show: the form's i18n property, as sent to the client. */
    private static String errorShown(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
