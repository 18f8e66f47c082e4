package org.enhancedpractice.content.cmi5;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enhancedpractice.content.pkg.AssignableUnit;
import org.enhancedpractice.content.pkg.Block;
import org.enhancedpractice.content.pkg.Course;
import org.enhancedpractice.content.pkg.CourseNode;

/**
 * Which AUs, blocks and course become satisfied (cmi5 §9.3.9, moveOn of §13.1.4): an AU when its moveOn criterion is
 * met or it was waived; a block when all its children are; the course when all its children are. Pure: takes the
 * progress so far, returns the updated progress and the newly satisfied objects in order (AUs, inner blocks, course).
 */
public final class MoveOnEvaluation {
    /** A newly satisfied object: its publisher id and kind (au, block, course). */
    public record Satisfied(String publisherId, String kind) {
    }

    public record Outcome(Map<String, Progress> progress, List<Satisfied> newlySatisfied) {
    }

    private final Map<String, Progress> progress;
    private final List<Satisfied> newly = new ArrayList<>();
    private final Instant now;

    private MoveOnEvaluation(Map<String, Progress> progress, Instant now) {
        this.progress = new LinkedHashMap<>(progress);
        this.now = now;
    }

    public static Outcome evaluate(Course course, Map<String, Progress> progress, Instant now) {
        MoveOnEvaluation e = new MoveOnEvaluation(progress, now);
        boolean all = e.children(course.children());
        e.mark(course.id(), "course", all);
        return new Outcome(e.progress, e.newly);
    }

    private boolean children(List<CourseNode> nodes) {
        boolean all = true;
        for (CourseNode node : nodes) {
            all &= node instanceof Block block ? block(block) : au((AssignableUnit) node);
        }
        return all;
    }

    private boolean block(Block block) {
        boolean all = children(block.children());
        return mark(block.id(), "block", all);
    }

    private boolean au(AssignableUnit au) {
        Progress p = progress.getOrDefault(au.id(), Progress.none(au.id(), "au"));
        boolean met = p.waivedReason() != null
                || au.moveOn().isMet(p.completedAt() != null, p.passedAt() != null);
        return mark(au.id(), "au", met);
    }

    private boolean mark(String id, String kind, boolean met) {
        Progress p = progress.getOrDefault(id, Progress.none(id, kind));
        if (met && !p.isSatisfied()) {
            progress.put(id, p.satisfied(now));
            newly.add(new Satisfied(id, kind));
        }
        return met;
    }
}
