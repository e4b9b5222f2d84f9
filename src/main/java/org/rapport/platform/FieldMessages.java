package org.rapport.platform;

import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Puts a service's refusals next to the fields they are about: "diagnoses[1].code" goes to the
 * component "form:diagnoses:1:code"; the empty field name goes to the form's own message area.
 */
public final class FieldMessages {

    private FieldMessages() {}

    public static void show(String formId, Map<String, String> problems) {
        FacesContext faces = FacesContext.getCurrentInstance();
        problems.forEach(
                (field, message) -> {
                    FacesMessage error =
                            new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message);
                    faces.addMessage(
                            field.isEmpty() ? null : formId + ":" + clientIdOf(field), error);
                });
        faces.validationFailed();
    }

    /** "diagnoses[1].code" → "diagnoses:1:code". */
    static String clientIdOf(String propertyPath) {
        return propertyPath.replace("].", ":").replace("[", ":").replace("]", "").replace(".", ":");
    }

    public static void error(String clientId, String message) {
        FacesContext.getCurrentInstance()
                .addMessage(
                        clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    /** Information shown by the message list of one component (not by the page's general list). */
    public static void infoFor(String clientId, String message) {
        FacesContext.getCurrentInstance()
                .addMessage(
                        clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    }

    public static void info(String message) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    }
}
