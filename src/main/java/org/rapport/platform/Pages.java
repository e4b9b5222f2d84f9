package org.rapport.platform;

import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.faces.context.FacesContext;

/**
 * How a page action meets the services' answers, in one place: invalid input becomes messages next
 * to the fields of the form, a record that is not (or no longer) the caller's to see becomes one
 * message for the whole form, and nothing is saved in either case. An edit conflict goes to the
 * page's own handler, which shows both versions. Anything else is a bug and goes to the error page,
 * never to the user as text.
 */
public final class Pages {

    private Pages() {}

    /**
     * Runs a page action and returns its navigation outcome, or null (stay on the page, with
     * messages) when the services refused it.
     */
    public static String act(String formId, Supplier<String> action) {
        return act(
                formId,
                action,
                conflict -> {
                    throw conflict;
                });
    }

    /** {@link #act}, with what the page does when someone saved the record since it was opened. */
    public static String act(
            String formId, Supplier<String> action, Consumer<EditConflict> onConflict) {
        try {
            return action.get();
        } catch (EditConflict conflict) {
            onConflict.accept(conflict);
        } catch (InvalidRecord invalid) {
            FieldMessages.show(formId, invalid.problems());
        } catch (NotVisible gone) {
            FieldMessages.error(null, gone.getMessage() + " Nothing was saved.");
            FacesContext.getCurrentInstance().validationFailed();
        }
        return null;
    }

    /** {@link #act} for an action that stays on its page; true when it was done. */
    public static boolean run(String formId, Runnable action) {
        return run(
                formId,
                action,
                conflict -> {
                    throw conflict;
                });
    }

    /** {@link #run}, with what the page does when someone saved the record since it was opened. */
    public static boolean run(String formId, Runnable action, Consumer<EditConflict> onConflict) {
        boolean[] done = {false};
        act(
                formId,
                () -> {
                    action.run();
                    done[0] = true;
                    return null;
                },
                onConflict);
        return done[0];
    }
}
