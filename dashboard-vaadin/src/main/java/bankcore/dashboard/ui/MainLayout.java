package bankcore.dashboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.shared.Registration;

/**
 * The frame around every view: navigation, the signed-in admin, and the poll that keeps the
 * numbers live. ({@link AdminGuard} keeps everyone else out before this is built.)
 */
@StyleSheet("context://bankcore/dashboard.css")
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    /** How often the browser asks for fresh numbers. */
    static final int POLL_INTERVAL_MS = 3_000;

    private final Span signedInAs = new Span();
    private Registration pollRegistration;

    public MainLayout() {
        Span brand = new Span("bankcore");
        brand.addClassName("brand");
        Span product = new Span("dashboard");
        product.addClassName("brand-sub");
        Div title = new Div(brand, product);
        title.addClassName("brand-box");

        signedInAs.addClassName("signed-in-as");
        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        Div spacer = new Div();
        spacer.addClassName("spacer");

        addToNavbar(new DrawerToggle(), title, spacer, signedInAs, signOut);
        addToDrawer(navigation());
        setPrimarySection(Section.DRAWER);
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Overview", OverviewView.class, VaadinIcon.DASHBOARD.create()),
                new SideNavItem("Flow", FlowView.class, VaadinIcon.TRENDING_UP.create()),
                new SideNavItem("Wealth", WealthView.class, VaadinIcon.PIE_BAR_CHART.create()),
                new SideNavItem("Transfers", TransfersView.class, VaadinIcon.EXCHANGE.create()));
        nav.addClassName("main-nav");
        return nav;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AdminSession.admin().ifPresent(admin -> signedInAs.setText(admin.email()));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        ui.setPollInterval(POLL_INTERVAL_MS);
        pollRegistration = ui.addPollListener(e -> refreshContent());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        pollRegistration.remove();
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }

    /** Re-reads the ledger in the view on screen; the same as a poll does. */
    void refreshContent() {
        Component content = getContent();
        if (content instanceof Refreshable refreshable) {
            refreshable.refresh();
        }
    }

    private void signOut() {
        AdminSession.signOut();
        getUI().ifPresent(ui -> ui.getPage().setLocation("login"));
    }
}
