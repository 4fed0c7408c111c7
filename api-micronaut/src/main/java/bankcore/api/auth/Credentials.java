package bankcore.api.auth;

import java.util.Optional;

/** Checks an e-mail and password. Temporary seam until the core's login use case lands. */
interface Credentials {

    Optional<TokenSubject> authenticate(String email, String password);

    record TokenSubject(String id, String role) {
    }
}
