package org.rapport.checkins;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.platform.FieldMessages;
import org.rapport.platform.Pages;

/** The alerts at the top of a client's or a couple's chart, and acknowledging one. */
@Named
@ViewScoped
public class ChartAlerts implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private MeasureAlerts alerts;

    private String key;
    // loaded again after a fail-over; the list is not part of the session copy
    private transient List<MeasureAlert> loaded;

    public List<MeasureAlert> ofClient(long clientId) {
        return load("client:" + clientId, clientId, null);
    }

    public List<MeasureAlert> ofCouple(long coupleId) {
        return load("couple:" + coupleId, null, coupleId);
    }

    private List<MeasureAlert> load(String wanted, Long clientId, Long coupleId) {
        if (loaded == null || !wanted.equals(key)) {
            loaded = alerts.onChart(clientId, coupleId);
            key = wanted;
        }
        return loaded;
    }

    public boolean anyOpen(List<MeasureAlert> list) {
        return list.stream().anyMatch(a -> !a.isAcknowledged());
    }

    public long acknowledgedCount(List<MeasureAlert> list) {
        return list.stream().filter(MeasureAlert::isAcknowledged).count();
    }

    public void acknowledge(long alertId) {
        Pages.run(
                "chart-alerts",
                () -> {
                    MeasureAlert alert = alerts.acknowledge(alertId);
                    FieldMessages.info(
                            "Alert acknowledged: "
                                    + alert.getClient().getName()
                                    + ", "
                                    + alert.getKind()
                                            .getLabel()
                                            .toLowerCase(java.util.Locale.ENGLISH)
                                    + ". It stays on the chart for 90 days.");
                });
        loaded = null;
    }
}
