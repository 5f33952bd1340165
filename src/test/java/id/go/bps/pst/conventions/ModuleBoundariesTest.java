package id.go.bps.pst.conventions;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Module boundaries (../shared/style.md): a module's public face is its root package; another module may use only
 * that. The platform holds no business rules, so it depends on no business module.
 */
class ModuleBoundariesTest {

    private static final String BASE = "id.go.bps.pst.";
    private static JavaClasses main;

    @BeforeAll
    static void importMain() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.go.bps.pst");
    }

    @Test
    void modules_useOnlyThePublicFaceOfOtherModules() {
        classes().should(new ArchCondition<>("use only the root package of other modules") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = module(origin);
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    JavaClass target = dependency.getTargetClass();
                    String other = module(target);
                    if (other != null && own != null && !other.equals(own)
                            && !target.getPackageName().equals(BASE + other)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        }).check(main);
    }

    @Test
    void platform_dependsOnNoBusinessModule() {
        noClasses().that().resideInAPackage("..pst.platform..")
                .should().dependOnClassesThat(new DescribedPredicate<>("belong to a business module") {
                    @Override
                    public boolean test(JavaClass target) {
                        String module = module(target);
                        return module != null && !module.equals("platform");
                    }
                }).check(main);
    }

    @Test
    void noFieldInjection() {
        fields().should().notBeAnnotatedWith(Autowired.class).check(main);
    }

    /** The module a class belongs to: the first package segment under the base, or null outside it. */
    private static String module(JavaClass type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith(BASE)) {
            return null;
        }
        String rest = pkg.substring(BASE.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
