package org.enhancedpractice.content.standard;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** One version of an apprenticeship standard, as loaded from its catalogue file. */
public record ApprenticeshipStandard(String reference, String title, String version, int level,
                                     Integer typicalDurationMonths, Integer fundingBandGbp, boolean illustrative,
                                     String illustrativeNote, List<OffTheJobRule> offTheJob, List<EpaMethod> epaMethods,
                                     List<Ksb> ksbs) {
    public record EpaMethod(String id, String title, boolean confirmed) {
    }

    public ApprenticeshipStandard {
        offTheJob = List.copyOf(offTheJob);
        epaMethods = List.copyOf(epaMethods);
        ksbs = List.copyOf(ksbs);
    }

    public Set<String> ksbIds() {
        return ksbs.stream().map(Ksb::id).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<Ksb> ksb(String id) {
        return ksbs.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    public ApprenticeshipStandard withKsbs(List<Ksb> replaced, boolean stillIllustrative) {
        return new ApprenticeshipStandard(reference, title, version, level, typicalDurationMonths, fundingBandGbp,
                stillIllustrative, stillIllustrative ? illustrativeNote : null, offTheJob, epaMethods, replaced);
    }
}
