package bankcore.api.view;

/** Where the document defines amounts: requests take a number or a string, responses send a string. */
public final class Amounts {

    /** A request's amount (openapi/schemas.yml): a JSON number or a decimal string, with the rules. */
    public static final String SCHEMA = "#/components/schemas/Amount";
    /** A response's amount: always a decimal string with exactly the currency's minor digits. */
    public static final String DECIMAL_PATTERN = "^-?[0-9]+(\\.[0-9]+)?$";

    private Amounts() {
    }
}
