package org.rapport.identity;

/** Where each role starts after signing in. */
public final class Home {

    private Home() {}

    public static String of(Role role) {
        return switch (role) {
            case ADMIN -> "/counselor/home";
            case COUNSELOR -> "/counselor/home";
            case CLIENT -> "/portal/index";
        };
    }
}
