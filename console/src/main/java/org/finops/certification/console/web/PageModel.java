package org.finops.certification.console.web;

import org.finops.certification.console.signin.ConsoleUser;
import org.finops.certification.console.signin.SignedIn;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs: who is signed in (null for a visitor). */
@ControllerAdvice
class PageModel {
    private final SignedIn signedIn;

    PageModel(SignedIn signedIn) {
        this.signedIn = signedIn;
    }

    @ModelAttribute("user")
    ConsoleUser user() {
        return signedIn.user();
    }
}
