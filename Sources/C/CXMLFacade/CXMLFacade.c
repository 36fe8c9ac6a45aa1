#include "CXMLFacade.h"
int cxml_placeholder(void) { return 0; }
