package org.finops.certification.query.position;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class WebConfiguration implements WebMvcConfigurer {
    private final PositionInterceptor positions;

    public WebConfiguration(PositionInterceptor positions) {
        this.positions = positions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(positions).addPathPatterns("/api/**");
    }
}
