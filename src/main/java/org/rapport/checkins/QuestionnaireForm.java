package org.rapport.checkins;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A practice's own questionnaire as the page holds it. */
public class QuestionnaireForm implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_ITEMS = 40;

    private String title;
    private String description;
    private Questionnaire.Rule scoring = Questionnaire.Rule.MEAN;
    private List<Item> items = new ArrayList<>(List.of(new Item()));

    public void addItem() {
        if (items.size() < MAX_ITEMS) {
            items.add(new Item());
        }
    }

    public void removeItem(int index) {
        if (index >= 0 && index < items.size()) {
            items.remove(index);
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Questionnaire.Rule getScoring() {
        return scoring;
    }

    public void setScoring(Questionnaire.Rule scoring) {
        this.scoring = scoring;
    }

    public List<Item> getItems() {
        return items;
    }

    /**
     * One item: a scale (min to max, anchors, maybe reversed, maybe in a subscale) or free text.
     */
    public static class Item implements Serializable {

        private static final long serialVersionUID = 1L;
        private String text;
        private boolean scale = true;
        private Integer min = 1;
        private Integer max = 5;
        private String low = "Strongly disagree";
        private String high = "Strongly agree";
        private boolean reversed;
        private String subscale;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isScale() {
            return scale;
        }

        public void setScale(boolean scale) {
            this.scale = scale;
        }

        public Integer getMin() {
            return min;
        }

        public void setMin(Integer min) {
            this.min = min;
        }

        public Integer getMax() {
            return max;
        }

        public void setMax(Integer max) {
            this.max = max;
        }

        public String getLow() {
            return low;
        }

        public void setLow(String low) {
            this.low = low;
        }

        public String getHigh() {
            return high;
        }

        public void setHigh(String high) {
            this.high = high;
        }

        public boolean isReversed() {
            return reversed;
        }

        public void setReversed(boolean reversed) {
            this.reversed = reversed;
        }

        public String getSubscale() {
            return subscale;
        }

        public void setSubscale(String subscale) {
            this.subscale = subscale;
        }
    }
}
