package org.finops.certification.query.mark;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringWriter;
import java.util.List;

/**
 * The mark as SVG, written through the JDK's DOM and serializer: every text an organisation chose (its name) is
 * escaped by the serializer, never pasted into markup.
 */
final class MarkImage {
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final int WIDTH = 360;
    private static final int HEIGHT = 96;

    private MarkImage() {
    }

    /** @param lines the title first, then the organisation, then what it is now */
    static String of(MarkState state, List<String> lines) {
        try {
            Document svg = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().newDocument();
            Element root = svg.createElementNS(SVG, "svg");
            root.setAttribute("width", String.valueOf(WIDTH));
            root.setAttribute("height", String.valueOf(HEIGHT));
            root.setAttribute("viewBox", "0 0 " + WIDTH + " " + HEIGHT);
            root.setAttribute("role", "img");
            root.setAttribute("aria-label", String.join(", ", lines));
            svg.appendChild(root);
            Element title = svg.createElementNS(SVG, "title");
            title.setTextContent(String.join(", ", lines));
            root.appendChild(title);
            root.appendChild(rect(svg, "#ffffff", state.colour()));
            Element band = rect(svg, state.colour(), state.colour());
            band.setAttribute("width", "10");
            root.appendChild(band);
            for (int i = 0; i < lines.size(); i++) {
                Element text = svg.createElementNS(SVG, "text");
                text.setAttribute("x", "22");
                text.setAttribute("y", String.valueOf(26 + i * 24));
                text.setAttribute("font-family", "Helvetica, Arial, sans-serif");
                text.setAttribute("font-size", i == 0 ? "15" : "13");
                text.setAttribute("font-weight", i == lines.size() - 1 ? "bold" : "normal");
                text.setAttribute("fill", i == lines.size() - 1 ? state.colour() : "#1f1f1f");
                text.setTextContent(lines.get(i));
                root.appendChild(text);
            }
            return serialized(svg);
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("the JDK's XML tools refused an SVG document", e);
        }
    }

    private static Element rect(Document svg, String fill, String stroke) {
        Element rect = svg.createElementNS(SVG, "rect");
        rect.setAttribute("width", String.valueOf(WIDTH));
        rect.setAttribute("height", String.valueOf(HEIGHT));
        rect.setAttribute("rx", "6");
        rect.setAttribute("fill", fill);
        rect.setAttribute("stroke", stroke);
        return rect;
    }

    private static String serialized(Document svg) throws TransformerException {
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        var transformer = factory.newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(svg), new StreamResult(out));
        return out.toString();
    }
}
