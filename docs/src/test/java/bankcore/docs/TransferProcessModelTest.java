package bankcore.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flowable.bpmn.exceptions.XMLException;
import org.flowable.bpmn.model.BaseElement;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.ErrorEventDefinition;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.StartEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps docs/models/transfer.bpmn a valid, drawable BPMN 2.0 model of the seed's POST /transfer. */
class TransferProcessModelTest {

    private static final Path MODEL = Docs.LAYOUT.models().resolve("transfer.bpmn");

    private static String xml;
    private static BpmnModel model;

    @BeforeAll
    static void parseTheModel() throws IOException {
        xml = Files.readString(MODEL, StandardCharsets.UTF_8);
        model = BpmnRenderer.parse(xml);
    }

    @Test
    void model_is_schema_valid_bpmn_2_0_with_one_process() {
        assertThat(model.getProcesses()).hasSize(1);
        assertThat(model.getMainProcess().getId()).isEqualTo("moneyTransfer");
    }

    @Test
    void schema_validation_rejects_an_element_that_bpmn_2_0_does_not_define() {
        String broken = xml.replace("<startEvent ", "<beginEvent ").replace("</startEvent>", "</beginEvent>");
        assertThatThrownBy(() -> BpmnRenderer.parse(broken))
                .isInstanceOf(XMLException.class)
                .hasMessageContaining("beginEvent");
    }

    @Test
    void amount_gate_refuses_with_the_422_invalid_amount_error_end() {
        assertThat(errorCodeOfRefusal("amount > 0")).isEqualTo("422");
    }

    @Test
    void balance_gate_refuses_with_the_400_insufficient_funds_error_end() {
        assertThat(errorCodeOfRefusal("balance >= amount")).isEqualTo("400");
    }

    @Test
    void unknown_receiver_and_missing_token_end_in_404_and_401() {
        assertThat(errorCodeOfRefusal("receiver exists")).isEqualTo("404");
        assertThat(errorCodeOfRefusal("token valid")).isEqualTo("401");
    }

    @Test
    void happy_path_authenticates_then_checks_amount_receiver_and_balance_before_posting() {
        List<String> path = new ArrayList<>();
        FlowNode node = model.getMainProcess().findFlowElementsOfType(StartEvent.class).get(0);
        while (!node.getOutgoingFlows().isEmpty()) {
            node = (FlowNode) model.getFlowElement(acceptedFlow(node).getTargetRef());
            path.add(node.getName());
        }
        assertThat(path).containsExactly("Authenticate the bearer token", "token valid", "amount > 0",
                "Look up the receiver and their account", "receiver exists", "balance >= amount",
                "Debit sender, credit receiver atomically; journal it with a UTC timestamp",
                "200 transfer returned");
        assertThat(((EndEvent) node).getEventDefinitions()).isEmpty();
    }

    @Test
    void every_element_has_diagram_interchange_so_tools_can_draw_it() {
        for (FlowElement element : model.getMainProcess().getFlowElements()) {
            if (element instanceof SequenceFlow) {
                assertThat(model.getFlowLocationGraphicInfo(element.getId())).as(element.getId()).hasSizeGreaterThan(1);
            } else {
                assertThat(model.getGraphicInfo(element.getId())).as(element.getId()).isNotNull();
            }
        }
        for (BaseElement annotation : model.getMainProcess().getArtifacts()) {
            assertThat(model.getGraphicInfo(annotation.getId()) != null
                    || model.getFlowLocationGraphicInfo(annotation.getId()) != null).as(annotation.getId()).isTrue();
        }
    }

    /** The gateway's default flow is its "no": follow it to the error end and return that error's code. */
    private static String errorCodeOfRefusal(String gatewayName) {
        ExclusiveGateway gateway = model.getMainProcess().findFlowElementsOfType(ExclusiveGateway.class).stream()
                .filter(candidate -> gatewayName.equals(candidate.getName()))
                .findFirst().orElseThrow(() -> new AssertionError("no gateway named " + gatewayName));
        SequenceFlow refusal = (SequenceFlow) model.getFlowElement(gateway.getDefaultFlow());
        assertThat(refusal.getName()).isEqualTo("no");
        EndEvent end = (EndEvent) model.getFlowElement(refusal.getTargetRef());
        ErrorEventDefinition error = (ErrorEventDefinition) end.getEventDefinitions().get(0);
        String code = model.getErrors().getOrDefault(error.getErrorCode(), error.getErrorCode());
        assertThat(end.getName()).startsWith(code + " ");
        return code;
    }

    /** A task or event has one way on; a gateway's way on is its conditional "yes" flow. */
    private static SequenceFlow acceptedFlow(FlowNode node) {
        if (node instanceof ExclusiveGateway gateway) {
            return gateway.getOutgoingFlows().stream()
                    .filter(flow -> !flow.getId().equals(gateway.getDefaultFlow()))
                    .findFirst().orElseThrow();
        }
        assertThat(node.getOutgoingFlows()).as(node.getId()).hasSize(1);
        return node.getOutgoingFlows().get(0);
    }
}
