package org.finops.certification.query.position;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.finops.certification.support.web.InvalidRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/** Every query answer carries {@code X-Projection-Position}; {@code minPosition=} first waits for that event. */
@Component
public class PositionInterceptor implements HandlerInterceptor {
    public static final String HEADER = "X-Projection-Position";
    public static final String CAUGHT_UP = "X-Projection-Caught-Up";

    private final ProjectionPosition position;

    public PositionInterceptor(ProjectionPosition position) {
        this.position = position;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        String wanted = request.getParameter("minPosition");
        if (wanted != null) {
            long minimum;
            try {
                minimum = Long.parseLong(wanted);
            } catch (NumberFormatException e) {
                throw new InvalidRequest("minPosition", "must be a whole number (an X-Event-Position)");
            }
            response.setHeader(CAUGHT_UP, String.valueOf(position.awaitApplied(minimum)));
        }
        response.setHeader(HEADER, String.valueOf(position.current()));
        return true;
    }
}
