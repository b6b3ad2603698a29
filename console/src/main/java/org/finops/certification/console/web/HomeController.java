package org.finops.certification.console.web;

import org.finops.certification.console.signin.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {
    private final SignedIn signedIn;

    HomeController(SignedIn signedIn) {
        this.signedIn = signedIn;
    }

    /** Each person to their own work; a visitor to the public directory. */
    @GetMapping("/")
    String home() {
        return "redirect:" + (signedIn.user() == null ? "/directory" : signedIn.user().home());
    }
}
