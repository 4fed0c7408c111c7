package bankcore.docs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.Event;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.Gateway;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.image.impl.DefaultProcessDiagramCanvas;
import org.flowable.image.impl.DefaultProcessDiagramGenerator;

/**
 * Flowable's generator writes task names into their boxes but leaves gateways and most events
 * unnamed, and it prints an error end event's name on top of its circle. In this model the names
 * of gateways ("amount > 0") and error ends ("400 insufficient funds") carry the meaning, so this
 * generator draws every event and gateway name itself, where the model's DI label bounds put it.
 */
final class LabellingDiagramGenerator extends DefaultProcessDiagramGenerator {

    @Override
    protected DefaultProcessDiagramCanvas generateProcessDiagram(BpmnModel model, String imageType,
            List<String> highlightedActivities, List<String> highlightedFlows, String activityFontName,
            String labelFontName, String annotationFontName, ClassLoader classLoader, double scaleFactor,
            boolean drawSequenceFlowNameWithNoLabelDI) {
        Map<FlowNode, String> labels = takeLabels(model);
        DefaultProcessDiagramCanvas canvas = super.generateProcessDiagram(model, imageType, highlightedActivities,
                highlightedFlows, activityFontName, labelFontName, annotationFontName, classLoader, scaleFactor,
                drawSequenceFlowNameWithNoLabelDI);
        labels.forEach((node, name) -> {
            node.setName(name);
            canvas.drawLabel(name, model.getLabelGraphicInfo(node.getId()), true);
        });
        return canvas;
    }

    /** Removes (to put back after drawing) the names this class draws, so Flowable draws none of them. */
    private static Map<FlowNode, String> takeLabels(BpmnModel model) {
        Map<FlowNode, String> labels = new LinkedHashMap<>();
        for (FlowNode node : model.getMainProcess().findFlowElementsOfType(FlowNode.class)) {
            boolean labelled = node instanceof Event || node instanceof Gateway;
            GraphicInfo label = model.getLabelGraphicInfo(node.getId());
            if (labelled && label != null && node.getName() != null) {
                labels.put(node, node.getName());
                node.setName(null);
            }
        }
        return labels;
    }
}
