package bankcore.dashboard.ui;

import bankcore.dashboard.ui.component.EChart;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class DemoViewTest {
    private static final Routes ROUTES = new Routes().autoDiscoverViews("bankcore.dashboard");

    @BeforeEach
    void setUp() {
        MockVaadin.setup(ROUTES);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void shows_the_chart() {
        UI.getCurrent().navigate("");
        assertThat(_get(EChart.class).getOption().get("series").get(0).get("data").get(2).asDouble()).isEqualTo(1234567.89);
    }
}
