// The consumer's tests must have run, not merely compiled: both classes, none failing or skipped.
def reports = new File(basedir, 'target/surefire-reports')
assert reports.isDirectory() : 'no surefire reports: the consumer tests did not run'
def expected = ['org.example.council.QuarterFiguresTest', 'org.example.council.FlatRatePropertyTest']
expected.each { name ->
  def xml = new File(reports, "TEST-${name}.xml")
  assert xml.isFile() : "${name} did not run"
  def suite = new groovy.xml.XmlSlurper().parse(xml)
  assert suite.@tests.toInteger() > 0 : "${name} ran no tests"
  assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0 : "${name} failed"
  assert suite.@skipped.toInteger() == 0 : "${name} skipped tests"
}
return true
