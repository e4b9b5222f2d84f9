package org.rapport.testing;

/** The demo practice's accounts (see PracticeSetup), loaded into the test run's database. */
public final class DemoAccounts {

    public static final String PASSWORD = "demo-Rapport-2026";
    public static final String ADMIN = "admin@rapport.demo";
    public static final String MORGAN = "morgan@rapport.demo";
    public static final String JORDAN = "jordan@rapport.demo";
    public static final String ALEX = "alex@rapport.demo";
    public static final String SAM = "sam@rapport.demo";
    public static final String TAYLOR = "taylor@rapport.demo";

    private DemoAccounts() {}
}
