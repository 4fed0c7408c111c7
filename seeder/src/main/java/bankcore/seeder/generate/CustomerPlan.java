package bankcore.seeder.generate;

/**
 * A customer to register.
 *
 * @param number       its place in the population, from 0
 * @param kind         a person or a business (businesses are the merchants, landlords and suppliers)
 * @param name         the display name
 * @param email        unique, lower-case
 * @param onboardingMs when it joins, in milliseconds after the timeline's origin
 */
public record CustomerPlan(int number, CustomerKind kind, String name, String email, long onboardingMs) {

    public enum CustomerKind { PERSON, BUSINESS }
}
