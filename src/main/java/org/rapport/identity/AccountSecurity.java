package org.rapport.identity;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The signed-in person's own sign-in settings: turn on two-step sign-in (any client may; staff must
 * unless the practice made it optional) and get a fresh set of recovery codes.
 */
@Named
@ViewScoped
public class AccountSecurity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SecondFactor secondFactor;

    private boolean enabled;
    private long recoveryCodesLeft;
    private String newSecret;
    private String qrCode;
    private String code;
    private List<String> recoveryCodes;

    public void open() {
        Account account = currentUser.require();
        enabled = account.isMfaEnabled();
        recoveryCodesLeft = enabled ? secondFactor.unusedRecoveryCodes(account.getId()) : 0;
    }

    public void start() {
        Account account = currentUser.require();
        newSecret = secondFactor.newSecret();
        qrCode = QrCode.svgDataUri(secondFactor.otpauthUri(newSecret, account.getEmail()));
    }

    public void confirm() {
        try {
            recoveryCodes = secondFactor.enrol(currentUser.require().getId(), newSecret, code == null ? "" : code.strip());
            newSecret = null;
            qrCode = null;
            enabled = true;
            recoveryCodesLeft = recoveryCodes.size();
        } catch (IllegalArgumentException e) {
            FacesContext.getCurrentInstance().addMessage("security:code",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            FacesContext.getCurrentInstance().validationFailed();
        }
        code = null;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public long getRecoveryCodesLeft() {
        return recoveryCodesLeft;
    }

    public String getNewSecret() {
        return newSecret;
    }

    public String getQrCode() {
        return qrCode;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }
}
