package bankcore.dashboard.ui;

import bankcore.dashboard.SeededLedger;
import bankcore.dashboard.ui.component.StatCard;
import com.github.mvysny.kaributesting.v10.LoginFormKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/**
 * Browserless UI tests (Karibu): the real views, in a mocked Vaadin session, over a small ledger
 * seeded through the core in a temporary SQLite file.
 */
abstract class DashboardUiTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("bankcore.dashboard.ui");

    @TempDir
    Path directory;
    SeededLedger seeded;

    @BeforeEach
    void startSession() {
        seeded = SeededLedger.create(directory);
        MockVaadin.setup(ROUTES);
        seeded.backend().installInto(VaadinService.getCurrent().getContext());
    }

    @AfterEach
    void endSession() {
        MockVaadin.tearDown();
        seeded.close();
    }

    static void signIn(String email, String password) {
        UI.getCurrent().navigate(LoginView.class);
        LoginFormKt._login(_get(LoginForm.class), email, password);
    }

    static void signInAsAdmin() {
        signIn(SeededLedger.ADMIN_EMAIL, SeededLedger.ADMIN_PASSWORD);
    }

    /** Does what the browser's poll does: the view on screen re-reads the ledger. */
    static void poll() {
        _get(MainLayout.class).refreshContent();
    }

    static <T extends Component> T navigateTo(Class<T> view) {
        signInAsAdmin();
        UI.getCurrent().navigate(view);
        return _get(view);
    }

    /** The text of the number (or note) with this element id. */
    static String number(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    static StatCard card(String valueId) {
        return (StatCard) _get(Span.class, spec -> spec.withId(valueId)).getParent().orElseThrow();
    }
}
