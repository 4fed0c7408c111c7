package bankcore.dashboard.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

@Route("login")
@PageTitle("Sign in · bankcore")
public class LoginView extends VerticalLayout {

    public LoginView() {
        LoginForm form = new LoginForm();
        form.addLoginListener(e -> getUI().ifPresent(ui -> ui.navigate(DemoView.class)));
        add(new H1("bankcore"), form);
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
    }
}
