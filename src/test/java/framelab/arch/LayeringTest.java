package framelab.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pipeline's direction (corpus → text → dtm → stats → framing → report → cli) and "the library never prints". */
class LayeringTest {
    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("framelab");
    }

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("corpus").definedBy("framelab.corpus..")
                .layer("text").definedBy("framelab.text..")
                .layer("dtm").definedBy("framelab.dtm..")
                .layer("stats").definedBy("framelab.stats..")
                .layer("framing").definedBy("framelab.framing..")
                .layer("facade").definedBy("framelab")
                .layer("report").definedBy("framelab.report..")
                .layer("cli").definedBy("framelab.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("report").mayOnlyBeAccessedByLayers("cli", "facade")
                .whereLayer("facade").mayOnlyBeAccessedByLayers("cli", "report")
                .whereLayer("framing").mayOnlyBeAccessedByLayers("report", "facade", "cli")
                .whereLayer("stats").mayOnlyBeAccessedByLayers("framing", "report", "facade", "cli")
                .whereLayer("dtm").mayOnlyBeAccessedByLayers("stats", "framing", "report", "facade", "cli")
                .whereLayer("text").mayOnlyBeAccessedByLayers("dtm", "stats", "framing", "report", "facade", "cli")
                .check(classes);
    }

    @Test
    void libraryCodeNeverPrints() {
        noClasses().that().resideOutsideOfPackage("framelab.cli..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("the library returns values; only the CLI owns stdout and stderr")
                .check(classes);
    }

    @Test
    void onlyReportBuildsTablesawTables() {
        noClasses().that().resideOutsideOfPackages("framelab.report..", "framelab")
                .should().dependOnClassesThat().resideInAPackage("tech.tablesaw..")
                .because("Tablesaw is in maintenance mode: one place builds tables so a move stays cheap")
                .check(classes);
    }
}
